import FluentKit
import Foundation
import GongkaiCore

extension RegisterRecordModel {
    /// One core register record of any of the five kinds.
    public enum CoreRecord: Sendable, Hashable {
        case document(RegisteredDocument)
        case decisionTally(DecisionTally)
        case itemCount(ItemCountRecord)
        case feeCollection(FeeCollection)
        case procurement(ProcurementProject)

        var kind: Kind {
            switch self {
            case .document: .document
            case .decisionTally: .decisionTally
            case .itemCount: .itemCount
            case .feeCollection: .feeCollection
            case .procurement: .procurement
            }
        }

        var recordID: RecordID {
            switch self {
            case .document(let record): record.id
            case .decisionTally(let record): record.id
            case .itemCount(let record): record.id
            case .feeCollection(let record): record.id
            case .procurement(let record): record.id
            }
        }

        var year: Int {
            switch self {
            case .document(let record): record.issuedOn.year
            case .decisionTally(let record): record.year
            case .itemCount(let record): record.year
            case .feeCollection(let record): record.year
            case .procurement(let record): record.contractedOn.year
            }
        }

        var json: String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data: Data
            switch self {
            case .document(let record): data = try! encoder.encode(record)
            case .decisionTally(let record): data = try! encoder.encode(record)
            case .itemCount(let record): data = try! encoder.encode(record)
            case .feeCollection(let record): data = try! encoder.encode(record)
            case .procurement(let record): data = try! encoder.encode(record)
            }
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// A new row for `record` of the agency `agencyID`.
    convenience init(_ record: CoreRecord, agencyID: UUID) {
        self.init()
        id = UUID()
        $agency.id = agencyID
        kind = record.kind.rawValue
        recordKey = record.recordID.rawValue
        year = record.year
        payload = record.json
    }

    /// The core record (decoded through the core's validating initializers).
    public func toCore() throws -> CoreRecord {
        let data = Data(payload.utf8)
        let decoder = JSONDecoder()
        do {
            switch Kind(rawValue: kind) {
            case .document: return .document(try decoder.decode(RegisteredDocument.self, from: data))
            case .decisionTally: return .decisionTally(try decoder.decode(DecisionTally.self, from: data))
            case .itemCount: return .itemCount(try decoder.decode(ItemCountRecord.self, from: data))
            case .feeCollection: return .feeCollection(try decoder.decode(FeeCollection.self, from: data))
            case .procurement: return .procurement(try decoder.decode(ProcurementProject.self, from: data))
            case nil: throw StoredDataError(table: Self.schema, key: recordKey, reason: "登记类别“\(kind)”无效")
            }
        } catch let error as StoredDataError {
            throw error
        } catch {
            throw StoredDataError(table: Self.schema, key: recordKey, reason: "内容无法读取（\(error)）")
        }
    }
}

extension ProactiveRegisters {
    /// Registers holding `records`.
    public init(records: [RegisterRecordModel.CoreRecord]) {
        self.init()
        for record in records {
            switch record {
            case .document(let item): documents.append(item)
            case .decisionTally(let item): decisionTallies.append(item)
            case .itemCount(let item): itemCounts.append(item)
            case .feeCollection(let item): feeCollections.append(item)
            case .procurement(let item): procurements.append(item)
            }
        }
    }
}
