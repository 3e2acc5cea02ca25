import Foundation

/// A program started in its own process group with stdin and stdout on /dev/null and stderr captured.
///
/// Spawned with posix_spawn and waited for on its exact pid; the pid is reaped only by `reap()`,
/// so signalling before that can never hit a reused pid.
struct ChildProcess: Sendable {
    /// The child's pid, which is also its process group id.
    let pid: pid_t
    /// The read end of the child's stderr pipe, closed by `collectErrorOutput()`.
    private let errorOutput: Int32

    /// Starts `path` with `arguments`; throws the system error number when it cannot start.
    static func start(path: String, arguments: [String]) throws(SpawnError) -> ChildProcess {
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { throw SpawnError(code: errno) }
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        defer { close(pipeEnds[1]) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
        var noneBlocked = sigset_t()
        sigemptyset(&noneBlocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &noneBlocked)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)
        )

        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard result == 0 else {
            close(pipeEnds[0])
            throw SpawnError(code: result)
        }
        return ChildProcess(pid: pid, errorOutput: pipeEnds[0])
    }

    /// Reads the child's stderr until every writer has closed it, keeping the first `limit` bytes.
    func collectErrorOutput(limit: Int = 4096) -> String {
        var kept: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(errorOutput, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            if kept.count < limit { kept += buffer.prefix(min(count, limit - kept.count)) }
        }
        close(errorOutput)
        return String(decoding: kept, as: UTF8.self)
    }

    /// Blocks until the child has exited, without reaping it.
    func waitForExit() {
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0, errno == EINTR {}
    }

    /// Reaps the exited child and returns its exit status, or 128 + signal when a signal ended it.
    func reap() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Sends `signal` to the process group led by the unreaped child `pid`.
    static func signalGroup(_ pid: pid_t, _ signal: Int32) {
        kill(-pid, signal)
    }
}

/// A failure to start a child process, with the system error number.
struct SpawnError: Error {
    let code: Int32
}
