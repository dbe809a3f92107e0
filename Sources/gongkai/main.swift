import Foundation
import GongkaiCore

for path in CommandLine.arguments.dropFirst() {
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    let document = path.hasSuffix(".pdf") ? try PDFReader().read(contentsOf: URL(fileURLWithPath: path)) : TextReader.read(text)
    let (report, notes) = try ReportExtractor.extract(document)
    print(report.canonicalJSON())
    for note in notes { print(note) }
}
