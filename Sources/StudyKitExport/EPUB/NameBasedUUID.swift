import StudyKitSupport

/// Name-based UUIDs (version 5: SHA-1 of namespace + name), so the same book
/// content always gets the same `dc:identifier` and re-exports stay byte-identical.
public enum NameBasedUUID {
    /// StudyKit's own namespace (itself the v5 UUID of "studykit" in the URL namespace).
    public static let studyKitNamespace = uuid(namespace: urlNamespace, name: Array("studykit".utf8))

    /// RFC 9562's URL namespace, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
    public static let urlNamespace: [UInt8] = [0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1,
                                               0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8]

    /// RFC 9562's DNS namespace, 6ba7b810-9dad-11d1-80b4-00c04fd430c8.
    public static let dnsNamespace: [UInt8] = [0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1,
                                               0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8]

    /// The UUID string (lower-case, 8-4-4-4-12) for `content` in StudyKit's namespace.
    public static func string(for content: [UInt8]) -> String {
        format(uuid(namespace: studyKitNamespace, name: content))
    }

    /// The 16 bytes of the v5 UUID of `name` in `namespace`.
    public static func uuid(namespace: [UInt8], name: [UInt8]) -> [UInt8] {
        var bytes = Array(SHA1.digest(namespace + name).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return bytes
    }

    public static func format(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { out.append(UInt8(ascii: "-")) }
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
