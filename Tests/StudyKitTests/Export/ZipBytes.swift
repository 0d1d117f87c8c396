/// Reads zip structures byte by byte, independent of libzip, so tests check
/// what is really on disk.
struct ZipBytes {
    struct LocalHeader {
        var name: String, flags: UInt16, method: UInt16, time: UInt16, date: UInt16
        var compressedSize: Int, extraLength: Int, dataOffset: Int
    }
    struct CentralEntry {
        var name: String, method: UInt16, time: UInt16, date: UInt16, extraLength: Int, localOffset: Int
    }

    let bytes: [UInt8]

    func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
    func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }

    /// Local headers walked from offset 0 (valid because no data descriptors are used).
    func localHeaders() -> [LocalHeader] {
        var result: [LocalHeader] = []
        var at = 0
        while at + 30 <= bytes.count, u32(at) == 0x0403_4B50 {
            let nameLength = Int(u16(at + 26)), extraLength = Int(u16(at + 28))
            let name = String(decoding: bytes[(at + 30)..<(at + 30 + nameLength)], as: UTF8.self)
            let header = LocalHeader(name: name, flags: u16(at + 6), method: u16(at + 8), time: u16(at + 10),
                                     date: u16(at + 12), compressedSize: Int(u32(at + 18)),
                                     extraLength: extraLength, dataOffset: at + 30 + nameLength + extraLength)
            result.append(header)
            at = header.dataOffset + header.compressedSize
        }
        return result
    }

    /// Central directory entries, found through the end-of-central-directory record.
    func centralEntries() -> [CentralEntry] {
        guard let end = stride(from: bytes.count - 22, through: 0, by: -1).first(where: { u32($0) == 0x0605_4B50 })
        else { return [] }
        let count = Int(u16(end + 10))
        var at = Int(u32(end + 16))
        var result: [CentralEntry] = []
        for _ in 0..<count where u32(at) == 0x0201_4B50 {
            let nameLength = Int(u16(at + 28)), extraLength = Int(u16(at + 30)), commentLength = Int(u16(at + 32))
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            result.append(CentralEntry(name: name, method: u16(at + 10), time: u16(at + 12), date: u16(at + 14),
                                       extraLength: extraLength, localOffset: Int(u32(at + 42))))
            at += 46 + nameLength + extraLength + commentLength
        }
        return result
    }
}
