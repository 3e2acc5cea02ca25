import Foundation

/// Runs a program to its end with `posix_spawn` and `waitpid`, its output going to a file.
///
/// Foundation's `Process` was seen to leave a quickly-exiting `tmux` client as a zombie while
/// `waitUntilExit` never returned, when many tests spawned programs at once; waiting on the
/// exact pid here cannot miss the exit.
enum ChildProcess {
    /// Runs `arguments[0]` (looked up on PATH) and returns its exit status and everything it printed.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("kiosk-child-\(UUID().uuidString)").path
        defer { unlink(outputPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw ChildProcessError.cannotStart(arguments[0], errno: spawned)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw ChildProcessError.cannotWait(arguments[0]) }
        }
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exitStatus, output)
    }
}

/// Why a child program could not be run.
enum ChildProcessError: Error, CustomStringConvertible {
    case cannotStart(String, errno: Int32)
    case cannotWait(String)

    var description: String {
        switch self {
        case .cannotStart(let program, let code): "cannot start \(program): \(String(cString: strerror(code)))"
        case .cannotWait(let program): "cannot wait for \(program)"
        }
    }
}
