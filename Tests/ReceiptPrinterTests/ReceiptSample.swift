/// Receipt lines as the kiosk builds them, in both languages.
enum ReceiptSample {
    static let chinese = [
        "城乡居民养老保险 业务回执",
        "回执号：R2025-000123",
        "姓名：覃桂兰  证件：452128********0021",
        "业务：缴费",
        "缴费年度2025，档次300元，个人缴费300元，政府补贴40元",
        "金额：300.00 元",
        "办理：本人自助",
        "时间：2025-03-18 10:42",
    ]

    static let english = [
        "Residents' pension: business receipt",
        "Receipt no.: R2025-000123",
        "Name: 覃桂兰  ID: 452128********0021",
        "Service: Contribution",
        "Years 2025, tier 300 yuan: paid 300 yuan, subsidy 40 yuan",
        "Amount: 300.00 yuan",
        "Done by: self-service",
        "Time: 2025-03-18 10:42",
    ]
}
