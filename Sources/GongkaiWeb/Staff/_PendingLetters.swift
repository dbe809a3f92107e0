// TEMPORARY until the letters branch merges; replaced by LetterDownloads.swift and ReplyIssuing.
import GongkaiApp
import Vapor

enum LetterDownloads {
    static func response(for letter: LetterModel, format: String, request: Request) async throws -> Response {
        throw Abort(.notImplemented)
    }
}

struct ReplyIssuing {
    let context: ServiceContext
    init(_ context: ServiceContext) { self.context = context }
    func issue(draftID: UUID, requestID: UUID, agencyID: UUID, expectedVersion: Int?, actor: String) async throws {
        throw Abort(.notImplemented)
    }
}
