import Foundation

/// One run of an external program with its standard streams on pipes: started with
/// `posix_spawn`, fed and drained with `poll` on the calling thread, reaped with `waitpid`.
///
/// Why not Foundation's `Process`: on Linux it cost about 1.8 ms of CPU per run (it lists
/// `/proc/self/fd` to close every descriptor, runs a monitor thread, and the pipes needed two
/// reader threads more) — a tenth of a PDF report's whole budget when pdftotext runs once per file.
struct ChildProcess {
    /// What a finished run printed, and how it ended (exit code, or the signal that ended it).
    struct Result {
        var status: Int32
        var standardOutput: [UInt8]
        var standardError: [UInt8]
    }

    enum Failure: Error {
        /// The program could not be started (an `errno` value).
        case spawn(Int32)
        /// It ran longer than allowed and was ended (SIGTERM, then SIGKILL after two seconds).
        case timedOut
    }

    /// Runs `executable` with `arguments`, writing `input` (if any) to its standard input, which
    /// is otherwise /dev/null. `environment` replaces the inherited one when given.
    static func run(
        _ executable: String, arguments: [String], environment: [String: String]?, input: [UInt8]?,
        timeout: TimeInterval
    ) throws(Failure) -> Result {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(timeout, 0) * 1e9)
        let child = try spawn(executable, arguments: arguments, environment: environment, hasInput: input != nil)
        var streams = Streams(child: child, input: input ?? [])
        let finished = streams.exchange(until: deadline)
        streams.closeAll()
        guard finished, let status = reap(child.pid, until: deadline) else {
            terminate(child.pid)
            throw .timedOut
        }
        return Result(status: status, standardOutput: streams.output, standardError: streams.error)
    }

    /// A started child: its process id and the parent's ends of its pipes (-1: none).
    struct Spawned {
        var pid: pid_t
        var input: Int32
        var output: Int32
        var error: Int32
    }

    /// Pipes are made close-on-exec and the child started under one lock, so that no other run's
    /// child inherits a pipe end in between (which would hold back the end of its stream).
    private static let spawning = NSLock()

    private static func spawn(
        _ executable: String, arguments: [String], environment: [String: String]?, hasInput: Bool
    ) throws(Failure) -> Spawned {
        spawning.lock()
        defer { spawning.unlock() }
        let output = try pipeEnds()
        let error: (read: Int32, write: Int32)
        let input: (read: Int32, write: Int32)?
        do {
            error = try pipeEnds()
            input = hasInput ? try pipeEnds() : nil
        } catch {
            close(output.read)
            close(output.write)
            throw error
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let input {
            posix_spawn_file_actions_adddup2(&actions, input.read, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, output.write, 1)
        posix_spawn_file_actions_adddup2(&actions, error.write, 2)
        // The child starts with no signal blocked and every signal at its default (a server that
        // ignores SIGPIPE must not pass that on).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let variables = environment.map { $0.map { "\($0.key)=\($0.value)" } }
        let envp = variables.map { $0.map { strdup($0) } + [nil] }
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp ?? [] { free(pointer) }
        }
        var pid = pid_t()
        let status =
            if let envp {
                posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
            } else {
                posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
            }
        for end in [output.write, error.write, input?.read ?? -1] where end >= 0 { close(end) }
        guard status == 0 else {
            for end in [output.read, error.read, input?.write ?? -1] where end >= 0 { close(end) }
            throw .spawn(status)
        }
        for end in [output.read, error.read, input?.write ?? -1] where end >= 0 {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        return Spawned(pid: pid, input: input?.write ?? -1, output: output.read, error: error.read)
    }

    private static func pipeEnds() throws(Failure) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw .spawn(errno) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    /// The child's exit status once it has ended, or `nil` at the deadline.
    private static func reap(_ pid: pid_t, until deadline: UInt64) -> Int32? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0, errno != EINTR { return -1 }
            if DispatchTime.now().uptimeNanoseconds >= deadline { return nil }
            usleep(200)  // it has closed its output and is exiting
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : signal
    }

    /// SIGTERM, then SIGKILL if it is still running two seconds later; reaped either way.
    private static func terminate(_ pid: pid_t) {
        kill(pid, SIGTERM)
        if reap(pid, until: DispatchTime.now().uptimeNanoseconds + 2_000_000_000) == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        }
    }
}
