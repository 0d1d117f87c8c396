import CLibzip
import Foundation
import StudyKitSupport

/// One file inside a zip archive, written in the order given.
public struct ZipEntry: Sendable, Equatable {
    /// Path inside the archive, `/`-separated, relative (e.g. `META-INF/container.xml`).
    public var path: String
    public var data: [UInt8]
    /// Deflate when true, store when false (EPUB's `mimetype` must be stored).
    public var compressed: Bool

    public init(path: String, data: [UInt8], compressed: Bool = true) {
        self.path = path
        self.data = data
        self.compressed = compressed
    }
}

/// A DOS date and time as stored in zip headers. Written raw, never converted
/// from local time, so the archive bytes do not depend on the machine's TZ.
public struct ZipTimestamp: Sendable, Equatable {
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year; self.month = month; self.day = day
        self.hour = hour; self.minute = minute; self.second = second
    }

    /// 1980-01-01 00:00, the earliest DOS date: "no meaningful time".
    public static let dosEpoch = ZipTimestamp(year: 1980, month: 1, day: 1)

    /// The (time, date) words of the DOS format; seconds have 2-second resolution.
    var dosWords: (time: UInt16, date: UInt16)? {
        guard (1980...2107).contains(year), (1...12).contains(month), (1...31).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        let time = (hour << 11) | (minute << 5) | (second / 2)
        let date = ((year - 1980) << 9) | (month << 5) | day
        return (UInt16(time), UInt16(date))
    }
}

/// A small deterministic zip writer on top of libzip: same entries in, same
/// bytes out. The only file in StudyKit that talks to libzip.
public enum ZipArchive {
    /// Writes `entries` to `url`, replacing any file there. The archive is built
    /// under a temporary name in the same folder and renamed into place, so a
    /// failed run leaves neither a partial archive nor a temporary file.
    /// `reportedPath`: the name errors give (the final file when `url` is a staged temporary).
    public static func write(entries: [ZipEntry], to url: URL,
                             timestamp: ZipTimestamp = .dosEpoch, reportedPath: String? = nil) throws {
        let path = reportedPath ?? url.path
        guard !entries.isEmpty else {
            throw StudyKitError.cannotCreate(path: path, reason: "a zip archive needs at least one entry")
        }
        guard let words = timestamp.dosWords else {
            throw StudyKitError.cannotCreate(path: path, reason: "timestamp outside the DOS range 1980-2107")
        }
        var seen = Set<String>()
        for entry in entries {
            try checkEntryPath(entry.path, archive: path)
            guard seen.insert(entry.path).inserted else {
                throw StudyKitError.cannotCreate(path: path, reason: "duplicate entry '\(entry.path)'")
            }
        }

        let folder = url.deletingLastPathComponent()
        // Random only in the temporary name (never in the output), so parallel writes cannot collide.
        let tempPath = folder.appendingPathComponent(".\(url.lastPathComponent).partial-\(UUID().uuidString)").path
        var openError: Int32 = 0
        guard let archive = zip_open(tempPath, ZIP_CREATE | ZIP_TRUNCATE, &openError) else {
            throw StudyKitError.cannotCreate(path: path, reason: describe(code: openError))
        }
        do {
            for entry in entries {
                try add(entry, to: archive, words: words, archivePath: path)
            }
        } catch {
            zip_discard(archive)
            unlink(tempPath)
            throw error
        }
        if zip_close(archive) != 0 {
            let reason = String(cString: zip_error_strerror(zip_get_error(archive)))
            zip_discard(archive)
            unlink(tempPath)
            throw StudyKitError.cannotCreate(path: path, reason: reason)
        }
        if rename(tempPath, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(tempPath)
            throw StudyKitError.cannotCreate(path: path, reason: reason)
        }
    }

    /// Adds one entry: libzip gets its own malloc'ed copy of the bytes and frees it.
    private static func add(_ entry: ZipEntry, to archive: OpaquePointer,
                            words: (time: UInt16, date: UInt16), archivePath: String) throws {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }

        // An empty entry gets no buffer: libzip never frees the buffer of a zero-length
        // source (AddressSanitizer reported one leaked byte per empty entry).
        let copy = entry.data.isEmpty ? nil : malloc(entry.data.count)
        if !entry.data.isEmpty {
            guard let copy else {
                throw StudyKitError.io(path: archivePath, reason: "out of memory for '\(entry.path)'")
            }
            entry.data.withUnsafeBytes { bytes in
                if let base = bytes.baseAddress { memcpy(copy, base, bytes.count) }
            }
        }
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(entry.data.count), copy == nil ? 0 : 1, &error) else {
            free(copy)
            throw StudyKitError.io(path: archivePath, reason: "'\(entry.path)': \(String(cString: zip_error_strerror(&error)))")
        }
        let index = zip_file_add(archive, entry.path, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        if index < 0 {
            zip_source_free(source)
            throw failure(archive, entry, archivePath)
        }
        let method = entry.compressed ? ZIP_CM_DEFLATE : ZIP_CM_STORE
        if zip_set_file_compression(archive, zip_uint64_t(index), method, 9) != 0 {
            throw failure(archive, entry, archivePath)
        }
        if zip_file_set_dostime(archive, zip_uint64_t(index), words.time, words.date, 0) != 0 {
            throw failure(archive, entry, archivePath)
        }
    }

    private static func failure(_ archive: OpaquePointer, _ entry: ZipEntry, _ archivePath: String) -> StudyKitError {
        let reason = String(cString: zip_error_strerror(zip_get_error(archive)))
        return .io(path: archivePath, reason: "'\(entry.path)': \(reason)")
    }

    private static func describe(code: Int32) -> String {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        return String(cString: zip_error_strerror(&error))
    }

    /// Rejects paths that would escape the archive root or confuse readers.
    private static func checkEntryPath(_ entryPath: String, archive: String) throws {
        let parts = entryPath.split(separator: "/", omittingEmptySubsequences: false)
        let bad = entryPath.isEmpty || entryPath.utf8.count > 0xFFFF || entryPath.hasPrefix("/")
            || entryPath.utf8.contains(0) || entryPath.contains("\\")
            || parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
        if bad {
            throw StudyKitError.cannotCreate(path: archive, reason: "invalid entry path '\(entryPath)'")
        }
    }
}
