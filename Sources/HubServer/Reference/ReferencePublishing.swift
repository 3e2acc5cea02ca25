import Foundation
import KioskDomain
import KioskStore
import SyncProtocol

/// Publishing a reference set at the county: the file is checked by the kiosk's own reader of that kind (jobs and
/// non-payers imported into a scratch database, policy tables by the shipped tables' loader, the ID card and
/// coordinator lists by the readers the kiosk applies them with), so the rule is the one the kiosks apply; only a
/// file every row of which passes is published, as the kind's next version.
public enum ReferencePublishing {
    /// Why a file was not published; nothing was published.
    public enum Refusal: Error, Hashable, Sendable, CustomStringConvertible {
        /// The file is not one the kind's importer can read (no header, missing columns, an open quote).
        case unreadable(String)
        /// Rows the importer refused, each with its line number.
        case badRows([String])
        /// The file holds no rows.
        case empty
        case storage(HubStorageError)

        public var description: String {
            switch self {
            case .unreadable(let reason): "the file cannot be read as this kind of reference data: \(reason); nothing was published"
            case .badRows(let lines):
                "\(lines.count) rows are refused, so nothing was published:\n" + lines.joined(separator: "\n")
            case .empty: "the file holds no rows; nothing was published"
            case .storage(let error): error.description
            }
        }
    }

    /// Checks `content` and publishes it as the next version of `kind`.
    public static func publish(_ kind: ReferenceKind, content: String, officer: String, into storage: any HubStorage,
                               at instant: Date) async throws(Refusal) -> ReferenceSet {
        _ = try check(kind, content: content, at: instant)
        do {
            return try await storage.publishReference(kind, content: content, publishedBy: officer, at: instant)
        } catch {
            throw .storage(error)
        }
    }

    /// The rows `content` holds when every one of them imports as the kiosks will import it.
    public static func check(_ kind: ReferenceKind, content: String, at instant: Date) throws(Refusal) -> Int {
        switch kind {
        case .upperOfficeJobs:
            return try checkByImport { (store: KioskStore) throws(CSVImportError) -> ImportReport in
                try store.importJobs(csv: content, source: .upperOffice, actor: .system, at: instant)
            }
        case .taxNonPayers:
            return try checkByImport { (store: KioskStore) throws(CSVImportError) -> ImportReport in
                try store.importNonPayers(csv: content, actor: .system, at: instant)
            }
        case .policyTables:
            do throws(PolicyTableSet.Problem) {
                return try PolicyTableSet.tables(from: content).count
            } catch {
                if case .empty = error { throw .empty }
                throw .badRows([error.description])
            }
        case .idCardRegistrations, .coordinatorAccounts:
            var rows = 0, problems: [CSVRowProblem] = []
            do throws(CSVImportError) {
                if kind == .idCardRegistrations {
                    let list = try CountyIDCardList(csv: content)
                    rows = list.rows.count
                    problems = list.problems
                } else {
                    let list = try CountyCoordinatorList(csv: content)
                    rows = list.rows.count
                    problems = list.problems
                }
            } catch {
                throw .unreadable(words(error))
            }
            guard problems.isEmpty else { throw .badRows(problems.map { "line \($0.line): \($0.reason)" }) }
            guard rows > 0 else { throw .empty }
            return rows
        }
    }

    /// The check of the kinds a kiosk importer reads: every row imports into a scratch kiosk store.
    static func checkByImport(_ importing: (KioskStore) throws(CSVImportError) -> ImportReport) throws(Refusal) -> Int {
        let scratch: KioskStore
        do {
            scratch = try KioskStore.inMemory(villageCode: "000000000000")
        } catch {
            throw .unreadable("the check's scratch database could not be made: \(error)")
        }
        let report: ImportReport
        do throws(CSVImportError) {
            report = try importing(scratch)
        } catch {
            throw .unreadable(words(error))
        }
        guard report.problems.isEmpty else { throw .badRows(report.problems.map { "line \($0.line): \($0.reason)" }) }
        guard report.imported > 0 else { throw .empty }
        return report.imported
    }

    static func words(_ error: CSVImportError) -> String {
        switch error {
        case .empty: "it is empty"
        case .missingColumns(let names): "it lacks the columns \(names.joined(separator: ", "))"
        case .unterminatedQuote(let line): "a quote opened on line \(line) is never closed"
        }
    }
}
