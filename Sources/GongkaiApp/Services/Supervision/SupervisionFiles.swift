import FluentKit
import Foundation
import SQLKit

/// A stored report file as it was received, for the office of the region it was uploaded in
/// (or a region above): another county's file is not found.
public struct SupervisionFiles: Sendable {
    public let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// The file `fileID` uploaded in `scope` or below it, with its bytes as received.
    /// - Throws: `SupervisionNotFound` (404) for any other id.
    public func original(_ fileID: UUID, scope: RegionModel) async throws -> (file: SupervisionFileModel, bytes: [UInt8]) {
        let regions = try await RegionDirectory(context).regions(within: scope).compactMap(\.id)
        guard let file = try await SupervisionFileModel.query(on: context.db).filter(\.$id == fileID).filter(\.$regionID ~~ regions).first()
        else { throw SupervisionNotFound() }
        let column = SupervisionUploadModel.Column.bytes.description
        let row = try await context.sql.select().column(column).from(SupervisionUploadModel.fileContentSchema)
            .where(SQLIdentifier("id"), .equal, SQLBind(fileID)).first()
        guard let row else { throw SupervisionNotFound() }
        return (file, [UInt8](try row.decode(column: column, as: Data.self)))
    }
}
