import Foundation
import KioskDomain
import KioskStore
import KioskSync

extension SMSConfig {
    /// The sender this configuration names; a file sender without a path writes beside `database`.
    func makeSender(database: String, configPath: String) throws(StartupError) -> any SMSSender {
        if let problem { throw .invalidConfig(path: configPath, reason: ConfigProblem.sms(problem).reason) }
        if let address = gatewayURL {
            return HTTPSMSGatewaySender(url: address, token: token)
        }
        return FileSMSSender(url: URL(fileURLWithPath: path ?? Self.defaultFile(beside: database)))
    }

    /// The back-off the background sender keeps: 5 s after a failure doubling to 10 minutes (assumed), the interval
    /// while all goes well.
    var backoff: BackgroundSMSSender.Backoff {
        BackgroundSMSSender.Backoff(initial: 5, maximum: 600, interval: intervalSeconds ?? 30)
    }

    /// The background sender draining `store`'s SMS outbox through this configuration's sender, reporting failures to
    /// `log`; a configuration problem stops the start.
    func backgroundSender(store: KioskStore, clock: KioskClock, log: KioskLog, database: String,
                          configPath: String) throws(StartupError) -> BackgroundSMSSender {
        let dispatcher = SMSDispatcher(outbox: store.smsOutbox, sender: try makeSender(database: database, configPath: configPath),
                                       clock: clock)
        return BackgroundSMSSender(dispatcher: dispatcher, backoff: backoff) { outcome in
            switch outcome {
            case .success(let summary) where summary.failed > 0:
                log.write("sms: \(summary.sent) sent, a message was not accepted; the rest wait and are retried")
            case .success:
                break
            case .failure(let error):
                log.write("sms: the outbox could not be read or marked, will retry: \(error)")
            }
        }
    }
}
