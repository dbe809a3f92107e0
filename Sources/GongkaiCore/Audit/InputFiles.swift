import Foundation

/// Expands the paths a user names into the report files to check.
public enum InputFiles {
    /// The files under `paths`: files as named, directories searched recursively for files with a
    /// known extension (hidden files and folders skipped), sorted by path. Paths that do not
    /// exist come back as errors. Each URL's `relativePath` is the path as the user would write it.
    public static func collect(_ paths: [String], extensions: Set<String> = FormatDetector.knownExtensions) -> (
        files: [URL], missing: [ReadError]
    ) {
        var files: [URL] = []
        var missing: [ReadError] = []
        let manager = FileManager.default
        let base = URL(fileURLWithPath: manager.currentDirectoryPath, isDirectory: true)
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(ReadError(file: path, reason: .io(detail: "文件或目录不存在")))
                continue
            }
            let url = URL(fileURLWithPath: path, relativeTo: base)
            guard isDirectory.boolValue else {
                files.append(url)
                continue
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            var found: [URL] = []
            if let enumerator = manager.enumerator(
                at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            {
                for case let file as URL in enumerator
                where extensions.contains(file.pathExtension.lowercased()) {
                    found.append(URL(fileURLWithPath: prefix + relativePath(of: file, in: url), relativeTo: base))
                }
            }
            files += found.sorted { $0.relativePath < $1.relativePath }
        }
        return (files, missing)
    }

    /// The reports under `paths` as `collect` finds them, with every .zip archive (named, or found
    /// in a directory) opened and its report files listed as inputs. Problems are paths that do
    /// not exist, archives that cannot be opened, and archives inside archives (not opened).
    public static func inputs(_ paths: [String]) -> (inputs: [CheckInput], problems: [ReadError]) {
        let (files, missing) = collect(paths, extensions: FormatDetector.knownExtensions.union(["zip"]))
        var inputs: [CheckInput] = []
        var problems = missing
        for file in files {
            guard file.pathExtension.lowercased() == "zip" else {
                inputs.append(.file(file))
                continue
            }
            do {
                let archive = try ReportArchive(contentsOf: file)
                inputs += archive.members.map { .archiveMember(archive, $0) }
                problems += archive.nestedArchives.map { path in
                    ReadError(
                        file: "\(archive.name)/\(path)",
                        reason: .zipArchive(detail: "压缩包中的压缩包不会展开，请先解压后放入同一压缩包"))
                }
            } catch {
                problems.append(error)
            }
        }
        return (inputs, problems)
    }

    /// `file`'s path relative to `directory`, so results show paths as the user typed them.
    private static func relativePath(of file: URL, in directory: URL) -> String {
        let base = directory.standardizedFileURL.resolvingSymlinksInPath().path
        let full = file.standardizedFileURL.resolvingSymlinksInPath().path
        guard full.hasPrefix(base + "/") else { return file.lastPathComponent }
        return String(full.dropFirst(base.count + 1))
    }
}
