import KioskDomain
import KioskFlows
import KioskStore

/// The employment part of a villager's file, read when their card is in.
extension KioskStore {
    /// The person's job-seeker profile, training wishes and today's matches over the postings held.
    public func villagerEmployment(_ person: IDNumber, on day: CivilDate) throws -> VillagerEmployment {
        VillagerEmployment.matched(profile: try jobSeeker(person), trainingTrades: try trainingTrades(person), jobs: try jobs(),
                                   on: day)
    }
}
