import Foundation

extension ChildProcess {
    /// The parent's side of a child's standard streams: the input still to write, the output and
    /// error read so far. All three are served by one `poll` loop, so that a child writing more
    /// than a pipe holds before it has read its input cannot block either side.
    struct Streams {
        private var input: Int32
        private var outputEnd: Int32
        private var errorEnd: Int32
        private let bytes: [UInt8]
        private var written = 0
        private(set) var output: [UInt8] = []
        private(set) var error: [UInt8] = []

        init(child: Spawned, input bytes: [UInt8]) {
            input = child.input
            outputEnd = child.output
            errorEnd = child.error
            self.bytes = bytes
            if input >= 0, bytes.isEmpty { Self.shut(&input) }
        }

        /// Writes the input and reads both outputs to their end; `false` if the deadline came first.
        mutating func exchange(until deadline: UInt64) -> Bool {
            // A child that exits without reading all its input makes our write fail with EPIPE
            // and raise SIGPIPE, which would end this process: block it on this thread for the
            // exchange and take back one that arrives (the signal is sent to the writing thread).
            var pipeSignal = sigset_t()
            sigemptyset(&pipeSignal)
            sigaddset(&pipeSignal, SIGPIPE)
            var previous = sigset_t()
            pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
            var brokenPipe = false
            defer {
                if brokenPipe, sigismember(&previous, SIGPIPE) == 0 {
                    var none = timespec()
                    _ = sigtimedwait(&pipeSignal, nil, &none)
                }
                pthread_sigmask(SIG_SETMASK, &previous, nil)
            }
            while input >= 0 || outputEnd >= 0 || errorEnd >= 0 {
                let now = DispatchTime.now().uptimeNanoseconds
                guard now < deadline else { return false }
                var descriptors: [pollfd] = []
                if input >= 0 { descriptors.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
                if outputEnd >= 0 { descriptors.append(pollfd(fd: outputEnd, events: Int16(POLLIN), revents: 0)) }
                if errorEnd >= 0 { descriptors.append(pollfd(fd: errorEnd, events: Int16(POLLIN), revents: 0)) }
                let milliseconds = Int32(min((deadline - now) / 1_000_000 + 1, 60_000))
                if poll(&descriptors, nfds_t(descriptors.count), milliseconds) < 0, errno != EINTR { return false }
                for descriptor in descriptors where descriptor.revents != 0 {
                    if descriptor.fd == input {
                        if !writeInput() { brokenPipe = true }
                    } else if descriptor.fd == outputEnd {
                        Self.drain(&outputEnd, into: &output)
                    } else {
                        Self.drain(&errorEnd, into: &error)
                    }
                }
            }
            return true
        }

        /// Writes what the pipe takes; closes the input when all is written or the child is
        /// gone. `false` on a broken pipe.
        private mutating func writeInput() -> Bool {
            let count = bytes.withUnsafeBytes { buffer in
                write(input, buffer.baseAddress! + written, buffer.count - written)
            }
            if count > 0 {
                written += count
                if written == bytes.count { Self.shut(&input) }
                return true
            }
            if count < 0, errno == EAGAIN || errno == EINTR { return true }
            let broken = errno == EPIPE
            Self.shut(&input)
            return !broken
        }

        /// Reads what is there; closes the end at end of file or on an error.
        private static func drain(_ end: inout Int32, into buffer: inout [UInt8]) {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(end, $0.baseAddress!, $0.count) }
                if count > 0 {
                    buffer.append(contentsOf: chunk[..<count])
                    continue
                }
                if count < 0, errno == EINTR { continue }
                if count < 0, errno == EAGAIN { return }
                shut(&end)
                return
            }
        }

        mutating func closeAll() {
            Self.shut(&input)
            Self.shut(&outputEnd)
            Self.shut(&errorEnd)
        }

        private static func shut(_ end: inout Int32) {
            if end >= 0 { close(end) }
            end = -1
        }
    }
}
