// The crash-safety test's writer: records enrolment and contribution events one by one until the file
// holds `--count` receipts, printing each receipt number after its commit; the test kills it at random
// points. A test helper, kept out of the shipped `kiosk` program.
//
//     kiosk-stress-writer --db PATH --village CODE [--count N] [--pause-ms MS]
import Foundation
import KioskAssets
import KioskDomain
import KioskStore

/// The writer's arguments.
struct StressWriterArguments {
    var database = ""
    var village = ""
    var count = 200
    /// Milliseconds to wait after each commit, so a reader that kills the writer after some lines keeps up
    /// with it on a loaded machine.
    var pauseMilliseconds = 0

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        while let name = rest.popFirst() {
            guard let value = rest.popFirst() else { throw StressWriterError.usage }
            switch name {
            case "--db": database = value
            case "--village": village = value
            case "--count": count = Int(value) ?? count
            case "--pause-ms": pauseMilliseconds = Int(value) ?? pauseMilliseconds
            default: throw StressWriterError.usage
            }
        }
        if database.isEmpty || village.isEmpty { throw StressWriterError.usage }
    }
}

/// Why the writer stopped.
enum StressWriterError: Error {
    case usage
    case refused([ServiceRefusal])
}

/// The `index`-th test person of the village (birth dates 37 days apart from 1970).
func stressPerson(_ index: Int, village: String) -> Person {
    let born = CivilDate(year: 1970, month: 1, day: 1)!.adding(days: index * 37)
    let first17 = CountyCode(village: village).value + born.compact + String(format: "%03d", index % 1000)
    let id = try! IDNumber(first17 + String(IDNumber.checkCharacter(for: Array(first17))))
    return Person(id: id, name: "测试\(index)", villageCode: village)
}

func writeUntilCount(_ arguments: StressWriterArguments) throws {
    let store = try KioskStore.open(path: arguments.database, villageCode: arguments.village)
    let book = try PolicyBook(folder: KioskAssets.url("policy"))
    let county = CountyCode(village: store.villageCode).value
    let base = Date(timeIntervalSince1970: 1_748_829_600) // 2025-06-02 10:00 in China: a fixed day, not the machine's
    var done = try store.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM receipts") ?? 0 }
    while done < arguments.count {
        let instant = base.addingTimeInterval(Double(done))
        let today = CivilDate(instant, in: store.timeZone)
        let policy = try book.table(region: county, on: today)
        let person = stressPerson(done / 2, village: store.villageCode)
        let event: BusinessEvent
        if done % 2 == 0 {
            let outcome = EnrolmentDecision.decide(
                person: person, account: .notEnrolled(person.id), history: ServiceHistory(), policy: policy,
                request: EnrolmentRequest(tierYuan: 200), serviceCounty: county, today: today)
            guard let decision = outcome.decision else { throw StressWriterError.refused(outcome.refusals) }
            event = .enrolment(decision)
        } else {
            let outcome = ContributionDecision.decide(
                person: person, account: try store.account(person.id), history: try store.history(person.id),
                policy: policy, request: ContributionRequest(tierYuan: 200, channel: .bankWithholding), today: today)
            guard let decision = outcome.decision else { throw StressWriterError.refused(outcome.refusals) }
            event = .contribution(decision)
        }
        let receipt = try store.record(event, actor: .selfService, at: instant)
        FileHandle.standardOutput.write(Data("recorded \(receipt.number)\n".utf8))
        done += 1
        if arguments.pauseMilliseconds > 0 { usleep(useconds_t(arguments.pauseMilliseconds * 1000)) }
    }
}

do {
    try writeUntilCount(try StressWriterArguments(Array(CommandLine.arguments.dropFirst())))
} catch {
    FileHandle.standardError.write(Data("kiosk-stress-writer: \(error)\n".utf8))
    exit(1)
}
