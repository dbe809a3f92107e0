import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Debian's Chromium driven through chromedriver: one chromedriver process on a free port, one
/// headless browser session, screenshots saved as test artefacts in
/// `test-artifacts/screenshots/<journey>/NN-step.png` (git-ignored).
final class Browser: Sendable {
    static let chromium = ProcessInfo.processInfo.environment["GONGKAI_CHROMIUM"] ?? "/usr/bin/chromium"
    static let chromedriver = ProcessInfo.processInfo.environment["GONGKAI_CHROMEDRIVER"] ?? "/usr/bin/chromedriver"

    let session: WebDriverSession
    /// Where this journey's screenshots go.
    let artifacts: URL
    private let driver: Process
    private let http: HTTPClient
    private let profile: String
    private let counter = Counter()

    private init(session: WebDriverSession, artifacts: URL, driver: Process, http: HTTPClient, profile: String) {
        self.session = session
        self.artifacts = artifacts
        self.driver = driver
        self.http = http
        self.profile = profile
    }

    /// The artefacts folder of the package: `test-artifacts/` at its root.
    static var artifactsRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("test-artifacts")
    }

    /// Runs `body` with a fresh browser, quitting it and its driver afterwards whatever happens.
    static func with<T: Sendable>(journey: String, _ body: @Sendable (Browser) async throws -> T) async throws -> T {
        let browser = try await start(journey: journey)
        do {
            let result = try await body(browser)
            await browser.quit()
            return result
        } catch {
            await browser.quit()
            throw error
        }
    }

    /// Starts chromedriver on a free port and opens a headless Chromium session.
    static func start(journey: String) async throws -> Browser {
        let manager = FileManager.default
        guard manager.isExecutableFile(atPath: chromium), manager.isExecutableFile(atPath: chromedriver) else {
            throw WebDriverError(
                description: """
                    The browser tests need Chromium and its WebDriver: \(chromium) or \(chromedriver) is missing. \
                    Install Debian's packages: apt-get install chromium chromium-driver (.ci/run does this), \
                    or set GONGKAI_CHROMIUM and GONGKAI_CHROMEDRIVER to their paths.
                    """)
        }
        let artifacts = artifactsRoot.appendingPathComponent("screenshots").appendingPathComponent(journey)
        try? manager.removeItem(at: artifacts)
        try manager.createDirectory(at: artifacts, withIntermediateDirectories: true)

        let port = try freePort()
        let driver = Process()
        driver.executableURL = URL(fileURLWithPath: chromedriver)
        driver.arguments = ["--port=\(port)", "--log-path=\(artifacts.appendingPathComponent("chromedriver.log").path)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()

        let http = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton)
        let endpoint = "http://127.0.0.1:\(port)"
        let profile = NSTemporaryDirectory() + "gongkai-chromium-\(UUID().uuidString)"
        do {
            try await waitUntilReady(endpoint, http: http)
            let capabilities: [String: Any] = [
                "browserName": "chrome",
                "pageLoadStrategy": "normal",
                "goog:chromeOptions": [
                    "binary": chromium,
                    "args": [
                        "--headless=new", "--no-sandbox", "--window-size=1280,1000", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--lang=zh-CN",
                        "--user-data-dir=\(profile)",
                    ],
                ],
                // Generous: the journeys share the test process with LibreOffice conversions that
                // can hold its few threads for tens of seconds on a 2-core CI machine.
                "timeouts": ["pageLoad": 150_000, "script": 10_000, "implicit": 0],
            ]
            let session = try await WebDriverSession.open(endpoint: endpoint, capabilities: capabilities, http: http)
            return Browser(session: session, artifacts: artifacts, driver: driver, http: http, profile: profile)
        } catch {
            kill(driver.processIdentifier, SIGKILL)
            try? await http.shutdown()
            try? manager.removeItem(atPath: profile)
            throw error
        }
    }

    /// Polls the driver's status until it accepts sessions (a few hundred milliseconds).
    private static func waitUntilReady(_ endpoint: String, http: HTTPClient) async throws {
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline {
            if let status = try? await WebDriverSession.command(http, .GET, endpoint + "/status", nil) as? [String: Any],
                status["ready"] as? Bool == true
            {
                return
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw WebDriverError(description: "chromedriver did not answer on \(endpoint) within 20 s")
    }

    /// Ends the session (the browser quits), then the driver: asked to shut down, killed if it
    /// has not within 5 s. (It inherits the test process's blocked signals, SIGTERM among them,
    /// so `terminate()` would not reach it.)
    func quit() async {
        await session.close()
        _ = try? await WebDriverSession.command(http, .GET, session.endpoint + "/shutdown", nil)
        let deadline = ContinuousClock.now + .seconds(5)
        while driver.isRunning, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(50)) }
        if driver.isRunning { kill(driver.processIdentifier, SIGKILL) }
        try? await http.shutdown()
        try? FileManager.default.removeItem(atPath: profile)
    }

    /// Saves a screenshot of the page as `NN-step.png`; returns its file.
    @discardableResult
    func screenshot(_ step: String) async throws -> URL {
        let number = counter.next()
        let file = artifacts.appendingPathComponent(String(format: "%02d-%@.png", number, step))
        try await session.screenshotPNG().write(to: file)
        return file
    }

    /// Downloads `url` with the browser's cookies (its session), as following a download link
    /// does; returns the status, the content type and the bytes.
    func download(_ url: String) async throws -> (status: UInt, contentType: String, bytes: Data) {
        let cookies = try await session.cookies()
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Cookie", value: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        let response = try await http.execute(request, timeout: .seconds(120))
        let body = try await response.body.collect(upTo: 32 << 20)
        return (response.status.code, response.headers.first(name: "Content-Type") ?? "", Data(body.readableBytesView))
    }

    /// A free TCP port on 127.0.0.1 (bound and released; the driver binds it right after).
    static func freePort() throws -> Int {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw WebDriverError(description: "socket() failed") }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socketFD, pointer, length) == 0 && getsockname(socketFD, pointer, &length) == 0
            }
        }
        guard bound else { throw WebDriverError(description: "could not find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private final class Counter: Sendable {
        private let lock = NSLock()
        nonisolated(unsafe) private var value = 0
        func next() -> Int { lock.withLock { value += 1; return value } }
    }
}
