import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A `gongkai serve` process started by a test, on a free port of 127.0.0.1.
final class ServerProcess: @unchecked Sendable {
    /// How long a start may take before the test gives up.
    static let startupLimit: TimeInterval = 400

    let process = Process()
    let port: Int
    let log: URL

    /// Starts `gongkai serve` with `arguments` and `environment`, and waits until /health answers.
    init(database: String, port: Int? = nil, extraArguments: [String] = [], environment: [String: String] = [:]) async throws {
        self.port = try port ?? Self.freePort()
        log = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-serve-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = CLIRunner.productsDirectory.appendingPathComponent("gongkai")
        process.arguments = ["serve", "--port", String(self.port), "--database", database] + extraArguments
        var merged = ProcessInfo.processInfo.environment
        merged["GONGKAI_RATE_LIMIT_SCALE"] = "1000"
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        // Generous: the first start fills the demo region (about 20 s on a debug build), and the
        // whole test suite runs beside it on two cores.
        let deadline = Date().addingTimeInterval(Self.startupLimit)
        while Date() < deadline {
            if !process.isRunning { throw ServerFailure(message: "server exited: \(logText)") }
            if let (status, _, _) = try? await HTTP.get(url("/health"), cookies: [:]), status == 200 { return }
            try await Task.sleep(nanoseconds: 200_000_000)
        }
        process.terminate()
        throw ServerFailure(message: "server did not answer within \(Int(Self.startupLimit)) s: \(logText)")
    }

    var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    func url(_ path: String) -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    /// SIGKILL: no chance to flush or clean up.
    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM and wait: the graceful shutdown.
    func terminate() -> Int32 {
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        guard bound == 0 else { throw ServerFailure(message: "no free port") }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

struct ServerFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Minimal HTTP for the process tests: GET and form POST with a cookie jar, no redirects followed.
enum HTTP {
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.timeoutIntervalForRequest = 30
        return URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
    }()

    final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
        func urlSession(
            _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
            newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
        ) {
            completionHandler(nil)
        }
    }

    /// Status, body, and the cookies set by the response merged into `cookies`.
    static func get(_ url: URL, cookies: [String: String]) async throws -> (Int, String, [String: String]) {
        var request = URLRequest(url: url)
        request.setValue(header(cookies), forHTTPHeaderField: "Cookie")
        return try await send(request, cookies: cookies)
    }

    static func post(_ url: URL, form: [(String, String)], cookies: [String: String]) async throws -> (Int, String, [String: String]) {
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.setValue(header(cookies), forHTTPHeaderField: "Cookie")
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        request.httpBody = Data(
            form.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
                .joined(separator: "&").utf8)
        return try await send(request, cookies: cookies)
    }

    static func header(_ cookies: [String: String]) -> String { cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }

    static func send(_ request: URLRequest, cookies: [String: String]) async throws -> (Int, String, [String: String]) {
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var jar = cookies
        for (name, value) in http.allHeaderFields {
            guard (name as? String)?.lowercased() == "set-cookie", let text = value as? String else { continue }
            for cookie in text.components(separatedBy: ", ") {
                let pair = cookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
                if pair.count == 2 { jar[String(pair[0])] = String(pair[1]) }
            }
        }
        return (http.statusCode, String(decoding: data, as: UTF8.self), jar)
    }

    /// The value of the first `<input name="NAME" value="…">` in `html`.
    static func field(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The text of the element with `id` (`<dd … id="ID">TEXT</dd>`).
    static func text(id: String, in html: String) -> String? {
        guard let range = html.range(of: "id=\"\(id)\">") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "<").map { String(rest[..<$0]) }
    }
}
