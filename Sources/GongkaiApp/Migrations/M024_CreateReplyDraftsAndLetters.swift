import FluentKit

/// Reply drafts under review and the letters issued on requests.
struct M024_CreateReplyDraftsAndLetters: AsyncMigration {
    var name: String { "024_create_reply_drafts_and_letters" }

    func prepare(on database: any Database) async throws {
        typealias L = LetterModel.Column
        try await database.schema(LetterModel.schema)
            .id()
            .field(L.requestID, .uuid, .required, .references(RequestModel.schema, .id))
            .field(L.kind, .string, .required)
            .field(L.number, .string, .required)
            .field(L.issuedOn, .string, .required)
            .field(L.issuedBy, .string, .required)
            .field(L.issuedAt, .datetime, .required)
            .field(L.letterJSON, .string, .required)
            .field(L.visibleToApplicant, .bool, .required)
            .create()
        try await database.schema(LetterFileModel.schema)
            .id()
            .field(LetterFileModel.Column.letterID, .uuid, .required, .references(LetterModel.schema, .id))
            .field(LetterFileModel.Column.format, .string, .required)
            .field(LetterFileModel.Column.bytes, .data, .required)
            .unique(on: LetterFileModel.Column.letterID, LetterFileModel.Column.format, name: "letter_files_unique")
            .create()
        typealias D = ReplyDraftModel.Column
        try await database.schema(ReplyDraftModel.schema)
            .id()
            .field(D.requestID, .uuid, .required, .references(RequestModel.schema, .id))
            .field(D.reply, .string, .required)
            .field(D.reasons, .string, .required)
            .field(D.details, .string, .required)
            .field(D.status, .string, .required)
            .field(D.draftedBy, .string, .required)
            .field(D.draftedAt, .datetime, .required)
            .field(D.reviewedBy, .string)
            .field(D.reviewedAt, .datetime)
            .field(D.reviewNote, .string)
            .field(D.letterID, .uuid, .references(LetterModel.schema, .id))
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReplyDraftModel.schema).delete()
        try await database.schema(LetterFileModel.schema).delete()
        try await database.schema(LetterModel.schema).delete()
    }
}
