import Crypto
import Fluent
import Foundation
import GongkaiApp
import GongkaiCore
import Leaf
import LeafKit
import SQLKit
import Vapor

/// Sets up a Vapor application as the Gongkai web platform: database, migrations, views,
/// middleware and routes. `gongkai serve` and the tests call the same function.
public enum GongkaiServer {
    /// Configures `app` with `settings`; migrates the database first unless `migrate` is false.
    public static func configure(_ app: Application, settings: ServerSettings, migrate: Bool = true) async throws {
        app.http.server.configuration.hostname = settings.host
        app.http.server.configuration.port = settings.port
        app.http.server.configuration.serverName = nil
        app.http.server.configuration.responseCompression = .disabled
        app.routes.defaultMaxBodySize = ByteCount(value: settings.uploads.maximumBytes * settings.uploads.maximumFiles + (2 << 20))

        app.databases.use(
            try settings.database.configuration(
                postgresSearchPath: settings.postgresSearchPath,
                maxConnectionsPerEventLoop: settings.postgresConnectionsPerEventLoop),
            as: settings.database.databaseID, isDefault: true)
        app.migrations.add(AppMigrations.all)
        app.fluent.migrationLogLevel = .debug
        if migrate { try await app.autoMigrate() }
        if !settings.database.isPostgres {
            // WAL lets the portal read while an officer writes; NORMAL sync is durable across a
            // process crash (kill -9) with WAL, which is what the server promises.
            let sql = app.db as! any SQLDatabase
            _ = try await sql.raw("PRAGMA journal_mode=WAL").all()
            try await sql.raw("PRAGMA synchronous=NORMAL").run()
            try await sql.raw("PRAGMA busy_timeout=5000").run()
        }

        let context = ServiceContext(db: app.db, logger: app.logger, clock: settings.clock)
        let key = try await SiteSecrets(context).secret("csrf")
        app.platform = PlatformConfiguration(settings: settings, hasher: try BcryptHasher(), csrfKey: SymmetricKey(data: key))

        // Views and static files ship as resources of this module, so the binary runs from anywhere.
        // `.copy("Resources")` puts the folder at the bundle's root (resourceURL differs by platform).
        let resources = Bundle.module.bundleURL.appendingPathComponent("Resources")
        guard FileManager.default.fileExists(atPath: resources.path) else {
            throw ServerSetupError.missingResources(Bundle.module.bundlePath)
        }
        app.directory = DirectoryConfiguration(workingDirectory: resources.path + "/")
        app.leaf.sources = .singleSource(try BundledViews(directory: resources.appendingPathComponent("Views")))
        app.views.use(.leaf)
        app.leaf.cache.isEnabled = true

        app.renderCache = RenderCache()
        app.readMemo = ReadMemo(lifetime: .milliseconds(Int64(settings.readMemoMilliseconds)))

        app.middleware = Middlewares()
        app.inFlightRequests = InFlightRequests()
        app.middleware.use(app.inFlightRequests)
        app.middleware.use(SecurityHeadersMiddleware())
        app.middleware.use(ErrorPageMiddleware())
        app.middleware.use(
            StaticFilesMiddleware(files: FileMiddleware(publicDirectory: resources.appendingPathComponent("Public").path + "/", defaultFile: nil)),
            at: .end)
        app.middleware.use(CSRFMiddleware())
        app.middleware.use(ReadMemoInvalidation())

        try registerRoutes(app)
        if settings.checkWorker { app.lifecycle.use(CheckWorkerLifecycle(context: context)) }
    }

    static func registerRoutes(_ app: Application) throws {
        app.routeTable = []
        let portal = PortalRoutes(app: app, builder: app.routes)
        let portalWithSession = PortalRoutes(app: app, builder: app.routes.grouped(WebSessionMiddleware()))
        PortalPages.register(portal, withSession: portalWithSession)
        CataloguePortalPages.register(portal)
        let staffBase = app.routes.grouped(WebSessionMiddleware(), StaffAuthenticationMiddleware())
        SignInPages.register(PortalRoutes(app: app, builder: staffBase), staff: StaffRoutes(app: app, builder: staffBase))
        let staff = StaffRoutes(app: app, builder: staffBase)
        QueuePages.register(staff)
        CasePages.register(staff)
        AdminPages.register(staff)
        ReportPages.register(staff)
        RegisterPages.register(staff)
        AppealPages.register(staff)
        CataloguePages.register(staff)
        PublishingAdminPages.register(staff)
        SupervisionPages.register(staff)
        TokenPages.register(staff)
        try APIServer.register(app, portal: portal)
        // The annual report's publishing workflow and the published reports (issue 10).
        ReportWorkflowPages.register(staff)
        AnnualReportPortalPages.register(portal)
        SupervisionScoringPages.register(staff)
        SupervisionSumsPages.register(staff)
        ProposalPages.register(staff)
        ProposalPortalPages.register(portal)
        CatalogueAttachmentPages.register(staff, portal: portal)
    }
}

/// Why the server cannot start.
enum ServerSetupError: CategorizedError, CustomStringConvertible {
    case missingResources(String)

    var category: ErrorCategory { .storageUnavailable }
    var userMessage: String { description }
    var description: String {
        switch self {
        case .missingResources(let path):
            "找不到网页模板和样式文件（\(path)）。请把构建目录中的 Gongkai_GongkaiWeb.resources 与 gongkai 程序放在同一目录后再启动"
        }
    }
}
