import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitSupport
@testable import StudyKitExport

@Suite(.serialized)
struct ZipArchiveTests {
    static let entries = [
        ZipEntry(path: "mimetype", data: Array("application/epub+zip".utf8), compressed: false),
        ZipEntry(path: "META-INF/container.xml", data: Array(repeating: UInt8(ascii: "x"), count: 5000)),
        ZipEntry(path: "EPUB/empty.txt", data: []),
        ZipEntry(path: "EPUB/ünïcode-名前.txt", data: Array("héllo".utf8)),
    ]

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("studykit-zip-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func write(_ entries: [ZipEntry], timeZone: String? = nil,
                       timestamp: ZipTimestamp = .dosEpoch) throws -> [UInt8] {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = getenv("TZ").map { String(cString: $0) }
        if let timeZone { setenv("TZ", timeZone, 1); tzset() }
        defer {
            if let old { setenv("TZ", old, 1) } else { unsetenv("TZ") }
            tzset()
        }
        let url = folder.appendingPathComponent("out.zip")
        try ZipArchive.write(entries: entries, to: url, timestamp: timestamp)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names == ["out.zip"], "only the archive is left, no temporary file")
        return Array(try Data(contentsOf: url))
    }

    @Test func sameInputGivesSameBytes() throws {
        #expect(try write(Self.entries) == write(Self.entries))
    }

    @Test(arguments: [("UTC", "Asia/Kolkata"), ("America/St_Johns", "Pacific/Chatham")])
    func bytesDoNotDependOnTimeZone(zones: (String, String)) throws {
        let first = try write(Self.entries, timeZone: zones.0)
        let second = try write(Self.entries, timeZone: zones.1)
        #expect(first == second)
        #expect(ZipBytes(bytes: first).localHeaders().allSatisfy { $0.date == 0x0021 && $0.time == 0 })
    }

    @Test(arguments: [(ZipTimestamp.dosEpoch, UInt16(0x0000), UInt16(0x0021)),
                      (ZipTimestamp(year: 2024, month: 5, day: 1, hour: 12, minute: 30, second: 58),
                       UInt16(12 << 11 | 30 << 5 | 29), UInt16(44 << 9 | 5 << 5 | 1))])
    func timestampIsWrittenRaw(timestamp: ZipTimestamp, time: UInt16, date: UInt16) throws {
        let zip = ZipBytes(bytes: try write(Self.entries, timeZone: "Asia/Kolkata", timestamp: timestamp))
        #expect(zip.localHeaders().map(\.time) == Array(repeating: time, count: Self.entries.count))
        #expect(zip.centralEntries().map(\.date) == Array(repeating: date, count: Self.entries.count))
    }

    @Test func mimetypeIsFirstStoredWithoutExtraField() throws {
        let bytes = try write(Self.entries)
        let zip = ZipBytes(bytes: bytes)
        #expect(zip.u32(0) == 0x0403_4B50)
        #expect(zip.u16(8) == 0, "stored")
        #expect(zip.u16(26) == 8 && zip.u16(28) == 0, "name length 8, extra length 0")
        #expect(zip.u16(6) & 0x0008 == 0, "no data descriptor")
        #expect(Array(bytes[30..<38]) == Array("mimetype".utf8))
        #expect(Array(bytes[38..<58]) == Array("application/epub+zip".utf8))
    }

    @Test func entriesKeepOrderMethodAndHaveNoExtraFields() throws {
        let zip = ZipBytes(bytes: try write(Self.entries))
        let local = zip.localHeaders(), central = zip.centralEntries()
        #expect(local.map(\.name) == Self.entries.map(\.path))
        #expect(central.map(\.name) == Self.entries.map(\.path))
        #expect(local.map(\.method) == Self.entries.map { $0.compressed ? 8 : 0 })
        #expect(local.allSatisfy { $0.extraLength == 0 } && central.allSatisfy { $0.extraLength == 0 })
        #expect(local.first { $0.name == "META-INF/container.xml" }.map { $0.compressedSize < 5000 } == true)
    }

    @Test(arguments: [
        ("no-such-folder/deeper/out.zip", [ZipEntry(path: "a", data: [1])]),
        ("out.zip", [ZipEntry(path: "a", data: [1]), ZipEntry(path: "a", data: [2])]),
        ("out.zip", [ZipEntry(path: "../escape", data: [1])]),
        ("out.zip", [ZipEntry(path: "/absolute", data: [1])]),
        ("out.zip", []),
    ])
    func failedWriteThrowsAndLeavesNothing(relativePath: String, entries: [ZipEntry]) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(relativePath)
        #expect(throws: StudyKitError.self) { try ZipArchive.write(entries: entries, to: url) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test func replacesAnExistingFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.zip")
        try Data("old".utf8).write(to: url)
        try ZipArchive.write(entries: Self.entries, to: url)
        #expect(ZipBytes(bytes: Array(try Data(contentsOf: url))).localHeaders().count == Self.entries.count)
    }
}
