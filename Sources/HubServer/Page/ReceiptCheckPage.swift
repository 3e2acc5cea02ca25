/// The county's receipt check page (plain HTML in Chinese, no script): a form for the QR or printed code, and the
/// verdict of `CountyReceiptCheck` when one was given.
public enum ReceiptCheckPage {
    /// Where it is served; the code arrives as `?code=`.
    public static let path = "/receipt"

    /// The page, with the verdict on `code` when one was asked for.
    public static func html(code: String?, verdict: CountyReceiptVerification?) -> String {
        var result = ""
        if let verdict {
            let (title, detail) = words(verdict)
            result = "<h2>\(CountyPage.escape(title))</h2><p>\(CountyPage.escape(detail))</p>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="zh-Hans"><head><meta charset="utf-8"><title>县级汇聚：回执核验</title>
            <style>body{font-family:sans-serif;margin:2em}</style></head><body>
            <h1>县级汇聚：回执核验</h1>
            <form action="\(path)" method="get"><label>回执二维码内容或“回执号 校验码”：
            <input name="code" size="60" value="\(CountyPage.escape(code ?? ""))"></label> <button>核验</button></form>
            \(result)<p><a href="/">返回县级汇聚页</a></p>
            </body></html>

            """
    }

    static func words(_ verdict: CountyReceiptVerification) -> (String, String) {
        switch verdict {
        case .valid(let entry):
            ("回执有效", "回执号 \(entry.receiptNumber)，业务 \(entry.kind)，终端 \(entry.key.kioskID) 于 \(entry.createdAt) 办理，"
                + "县级于 \(entry.receivedAt) 收到。")
        case .unknownReceipt(let number):
            ("查无此回执", "还没有终端上传回执号 \(number) 的记录（可能尚未同步）。")
        case .codeMismatch(let number):
            ("回执无效", "校验码与回执号 \(number) 的记录不符：回执被改动或是伪造的。")
        case .noCodeHeld(let number):
            ("无法在县级核验", "回执号 \(number) 的记录在终端上传校验码之前已送达，请在办理的终端上核验。")
        case .malformed:
            ("不是回执校验码", "请输入回执二维码的内容（VK1 回执号 校验码），或回执号和校验码。")
        }
    }
}
