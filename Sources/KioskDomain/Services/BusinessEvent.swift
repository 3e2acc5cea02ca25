/// Which piece of business a receipt is for.
public enum ServiceKind: String, Sendable, Codable, CaseIterable {
    case registration
    case enrolment
    case contribution
    case benefitClaim
    case transfer
    case cancellation
    case certification
    case pensionSuspension
    /// A death reported by the coordinator (pension stopped, cancellation pending).
    case deathReport
    /// A contribution certificate printed for a person leaving the county.
    case contributionCertificate
    /// A villager registered as a job seeker or changed their wishes (求职登记).
    case jobSeekerRegistration
    /// A villager registered a wish to be trained in a trade (培训意愿登记).
    case trainingWish
    /// A villager took part in a training class, recorded by the coordinator when the class ended (参加培训).
    case trainingAttendance
    /// The coordinator recommended jobs to a villager (岗位推介).
    case jobRecommendation
    /// The coordinator's follow-up visit to a trainee, with what was found (就业情况回访).
    case trainingFollowUpVisit
    /// The coordinator's employment guidance to a long-term unemployed person (就业指导).
    case longTermGuidance

    /// The message key of the service's display name.
    public var messageKey: String { "service.\(rawValue)" }

    /// Whether it is business of the residents' pension scheme (the annex's items 11-13 and 15 count these); the
    /// employment services are counted by items 1-7 instead.
    public var isPensionService: Bool {
        switch self {
        case .registration, .enrolment, .contribution, .benefitClaim, .transfer, .cancellation, .certification,
             .pensionSuspension, .deathReport, .contributionCertificate:
            true
        case .jobSeekerRegistration, .trainingWish, .trainingAttendance, .jobRecommendation, .trainingFollowUpVisit,
             .longTermGuidance:
            false
        }
    }
}

/// One piece of business to record: a decision made by `KioskDomain`, stored in one transaction.
public enum BusinessEvent: Hashable, Sendable {
    /// A person's details are registered or updated (phone, address, ID-card UID).
    case registration(Person)
    case enrolment(EnrolmentDecision)
    case contribution(ContributionDecision)
    case benefitClaim(BenefitClaimDecision)
    case transfer(TransferDecision)
    case cancellation(CancellationDecision)
    case certification(CertificationDecision)
    case pensionSuspension(PensionSuspension)
    case deathReport(DeathReportDecision)
    case contributionCertificate(ContributionCertificate)
    /// A job seeker's profile, stored as the person's latest.
    case jobSeekerRegistration(JobSeekerProfile)
    case trainingWish(TrainingWish)
    case trainingAttendance(TrainingAttendance)
    case jobRecommendation(JobRecommendation)
    case trainingFollowUpVisit(TrainingFollowUpVisit)
    case longTermGuidance(LongTermGuidance)

    /// The service it belongs to.
    public var service: ServiceKind {
        switch self {
        case .registration: .registration
        case .enrolment: .enrolment
        case .contribution: .contribution
        case .benefitClaim: .benefitClaim
        case .transfer: .transfer
        case .cancellation: .cancellation
        case .certification: .certification
        case .pensionSuspension: .pensionSuspension
        case .deathReport: .deathReport
        case .contributionCertificate: .contributionCertificate
        case .jobSeekerRegistration: .jobSeekerRegistration
        case .trainingWish: .trainingWish
        case .trainingAttendance: .trainingAttendance
        case .jobRecommendation: .jobRecommendation
        case .trainingFollowUpVisit: .trainingFollowUpVisit
        case .longTermGuidance: .longTermGuidance
        }
    }

    /// Whose business it is.
    public var personID: IDNumber {
        switch self {
        case .registration(let p): p.id
        case .enrolment(let d): d.person.id
        case .contribution(let d): d.account.personID
        case .benefitClaim(let d): d.account.personID
        case .transfer(let d): d.account.personID
        case .cancellation(let d): d.person.id
        case .certification(let d): d.account.personID
        case .pensionSuspension(let s): s.personID
        case .deathReport(let d): d.person.id
        case .contributionCertificate(let c): c.personID
        case .jobSeekerRegistration(let p): p.personID
        case .trainingWish(let w): w.personID
        case .trainingAttendance(let a): a.personID
        case .jobRecommendation(let r): r.personID
        case .trainingFollowUpVisit(let v): v.personID
        case .longTermGuidance(let g): g.personID
        }
    }

    /// The amount the receipt shows: paid, monthly pension, balance moved, refund or back-pay.
    public var amount: Money? {
        switch self {
        case .registration, .pensionSuspension, .jobSeekerRegistration, .trainingWish, .trainingAttendance, .jobRecommendation,
             .trainingFollowUpVisit, .longTermGuidance: nil
        case .enrolment(let d): .yuan(d.account.tierYuan ?? 0)
        case .contribution(let d): d.personalTotal
        case .benefitClaim(let d): d.claim.estimate.monthly
        case .transfer(let d): d.request.fromRegion == nil ? d.request.balance : nil
        case .cancellation(let d): d.cancellation.refund
        case .certification(let d): d.certification.backPay
        case .deathReport(let d): d.report.overpaidPension == .zero ? nil : d.report.overpaidPension
        case .contributionCertificate(let c): c.balance.total
        }
    }

    /// What the receipt says was done: values by name, shown with the service's summary message.
    public var summary: [String: String] {
        switch self {
        case .registration(let p):
            return ["name": p.name, "cardRegistered": p.cardUID == nil ? "no" : "yes"]
        case .enrolment(let d):
            return ["tier": String(d.account.tierYuan ?? 0), "enrolledOn": d.account.enrolledOn?.iso ?? "",
                    "shortYears": String(d.plan.shortYears)]
        case .contribution(let d):
            return ["years": d.contributions.map { String($0.year) }.joined(separator: ","),
                    "tier": String(d.account.tierYuan ?? 0), "personal": d.personalTotal.yuanText,
                    "subsidy": d.subsidyTotal.yuanText, "channel": d.contributions.first?.channel.rawValue ?? "",
                    "governmentPaid": d.governmentPaidTotal.yuanText]
        case .benefitClaim(let d):
            return ["startMonth": d.claim.startMonth.iso, "monthly": d.claim.estimate.monthly.yuanText,
                    "basic": d.claim.estimate.basicPension.yuanText,
                    "personalAccount": d.claim.estimate.personalAccountPension.yuanText]
        case .transfer(let d):
            return ["destination": d.request.destinationRegion, "balance": d.request.balance.yuanText,
                    "from": d.request.fromRegion ?? ""]
        case .cancellation(let d):
            return ["reason": d.cancellation.reason.rawValue, "effectiveOn": d.cancellation.effectiveOn.iso,
                    "refund": d.cancellation.refund.yuanText, "status": d.cancellation.status.rawValue,
                    "overpaid": d.cancellation.overpaidPension.yuanText,
                    "returnedToFund": d.cancellation.returnedToFund.yuanText,
                    "lastPensionMonth": d.cancellation.lastPensionMonth?.iso ?? ""]
        case .certification(let d):
            return ["method": d.certification.method.rawValue, "nextDue": d.certification.nextDue.iso,
                    "backPay": d.certification.backPay.yuanText]
        case .pensionSuspension(let s):
            return ["missedDue": s.missedDue.iso, "fromMonth": s.fromMonth.iso]
        case .deathReport(let d):
            return d.report.summary
        case .contributionCertificate(let c):
            var summary: [String: String] = [
                "status": c.status.rawValue, "years": String(c.contributionYears),
                "firstYear": c.firstYear.map(String.init) ?? "", "lastYear": c.lastYear.map(String.init) ?? "",
                "balance": c.balance.total.yuanText, "issuedOn": c.issuedOn.iso, "purpose": c.purpose.rawValue,
            ]
            for year in c.years {
                summary[ContributionCertificate.yearKey(year.year)] = ContributionCertificate.yearValue(year)
            }
            return summary
        case .jobSeekerRegistration(let p):
            return ["registeredOn": p.registeredOn.iso, "status": p.status?.code ?? "",
                    "occupations": p.occupations.map(\.code).joined(separator: ","),
                    "industries": p.industries.map(\.rawValue).joined(separator: ","), "trade": p.trade ?? "",
                    "farthestPlace": p.farthestPlace?.code ?? "", "expectedWage": p.expectedWage.map(String.init) ?? "",
                    "complete": p.isComplete ? "yes" : "no"]
        case .trainingWish(let w):
            return ["trade": w.trade, "registeredOn": w.registeredOn.iso]
        case .trainingAttendance(let a):
            return ["trade": a.trade, "class": String(a.classID), "endedOn": a.endedOn.iso]
        case .jobRecommendation(let r):
            return ["purpose": r.purpose.rawValue, "jobs": r.jobIDs.joined(separator: ","), "count": String(r.jobIDs.count),
                    "recommendedOn": r.recommendedOn.iso, "class": r.classID.map(String.init) ?? ""]
        case .trainingFollowUpVisit(let v):
            return ["class": String(v.classID), "visitedOn": v.visitedOn.iso, "finding": v.finding.code]
        case .longTermGuidance(let g):
            return ["givenOn": g.givenOn.iso]
        }
    }
}
