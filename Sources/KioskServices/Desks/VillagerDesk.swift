import Foundation
import KioskDomain
import KioskFlows
import KioskStore

/// The store's side of a villager's session: loads what the kiosk knows of a card holder and
/// records confirmed business, off the UI thread, answering through the inbox.
public final class VillagerDesk: Sendable {
    private let store: KioskStore
    private let clock: KioskClock
    /// The shipped tables; the county's downloaded ones join them at each load (`KioskStore.policyBook(shipped:)`).
    private let shippedPolicies: PolicyBook
    private let serviceCounty: String
    /// Read on its own thread from the start, so the first frame does not wait for it; a villager's file waits.
    private let regions: Prepared<RegionDirectory, StartupError>
    /// Where what went wrong underneath (the database's own words) is written for the technician; nil in tests.
    private let log: KioskLog?
    private let work = DispatchQueue(label: "kiosk.villager-desk")

    /// A desk over `store`, deciding with `policies` on the days of `clock`, for a kiosk in `serviceCounty`;
    /// `regions` is the GB/T 2260 list transfers choose a destination from.
    public convenience init(store: KioskStore, clock: KioskClock, policies: PolicyBook, serviceCounty: CountyCode,
                            regions: RegionDirectory, log: KioskLog? = nil) {
        self.init(store: store, clock: clock, policies: policies, serviceCounty: serviceCounty,
                  preparedRegions: Prepared(ready: regions), log: log)
    }

    /// A desk whose region list is still being read when it is made (the kiosk's start).
    public init(store: KioskStore, clock: KioskClock, policies: PolicyBook, serviceCounty: CountyCode,
                preparedRegions regions: Prepared<RegionDirectory, StartupError>, log: KioskLog? = nil) {
        self.store = store
        self.log = log
        self.clock = clock
        self.shippedPolicies = policies
        self.serviceCounty = serviceCounty.value
        self.regions = regions
    }

    /// Loads the holder's file and posts `.villagerLoaded`, or `.villagerLoadFailed` with why.
    public func load(_ holder: CardHolder, posting inbox: EventInbox) {
        work.async { [self] in
            do {
                inbox.post(.villagerLoaded(try file(for: holder, at: clock.now())))
            } catch let error as VillagerDeskError {
                inbox.post(.villagerLoadFailed(UserMessage(error.messageKey)))
            } catch {
                log?.write("villager desk: \(error)")
                inbox.post(.villagerLoadFailed(StoreError.readFailureMessage(for: error)))
            }
        }
    }

    /// Records the business in one transaction and posts `.recorded`, or `.recordFailed` (nothing written).
    public func record(_ event: BusinessEvent, actor: Actor, posting inbox: EventInbox) {
        work.async { [self] in
            do {
                inbox.post(.recorded(try store.record(event, actor: actor, at: clock.now())))
            } catch let error as StoreError {
                log?.write("villager desk: \(error)")
                inbox.post(.recordFailed(error.userMessage))
            } catch {
                log?.write("villager desk: \(error)")
                inbox.post(.recordFailed(StoreError.writeFailureMessage(for: error)))
            }
        }
    }

    /// What the kiosk knows of the holder today; a person it has never seen is built from the card.
    public func file(for holder: CardHolder, at instant: Date) throws -> VillagerFile {
        guard let id = try? IDNumber(holder.idNumber) else {
            throw VillagerDeskError.invalidIDNumber
        }
        let today = CivilDate(instant, in: clock.timeZone)
        let regions: RegionDirectory
        do {
            regions = try self.regions.get()
        } catch {
            log?.write("villager desk: \(error)")
            throw VillagerDeskError.damagedReferenceData
        }
        let known = try store.person(id)
        let person = known ?? Person(id: id, name: holder.name, villageCode: store.villageCode)
        let policies = store.policyBook(shipped: shippedPolicies)
        let policy: PolicyTable
        do {
            policy = try policies.table(region: person.registeredRegion, on: today)
        } catch {
            throw VillagerDeskError.noPolicy
        }
        var file = VillagerFile(
            person: person, isKnown: known != nil, account: try store.account(id), history: try store.history(id),
            policy: policy, today: today, serviceCounty: serviceCounty, receipts: try store.receipts(for: id),
            regions: regions, policies: policies
        )
        if known != nil { file.employment = try store.villagerEmployment(id, on: today) }
        return file
    }
}

/// Why a villager's file could not be loaded.
public enum VillagerDeskError: Error {
    case invalidIDNumber
    case noPolicy
    /// A list shipped with the kiosk (the GB/T 2260 regions) could not be read: a damaged installation.
    case damagedReferenceData

    public var messageKey: String {
        switch self {
        case .invalidIDNumber: "card.error.invalidIDNumber"
        case .noPolicy: "villager.error.noPolicy"
        case .damagedReferenceData: "villager.error.damagedReferenceData"
        }
    }
}
