import Foundation
import StudyKitSupport

/// Turns raw bytes into article text, refusing what is not text.
///
/// UTF-8 is the contract; UTF-16 with a byte-order mark is transcoded because
/// word processors emit it. Anything else fails with the byte offset, so the
/// user can find the bad spot instead of getting replacement characters.
public enum InputDecoder {
    /// Decodes `bytes` read from `path`; throws `StudyKitError.badInput` with a reason.
    public static func decode(_ bytes: [UInt8], path: String) throws -> String {
        if bytes.isEmpty {
            throw StudyKitError.badInput(path: path, reason: "empty file: no text to study")
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return try decodeUTF16(bytes, path: path)
        }
        if let offset = bytes.firstIndex(of: 0) {
            throw StudyKitError.badInput(path: path, reason: "binary data: NUL byte at offset \(offset)")
        }
        if let offset = firstInvalidUTF8Offset(in: bytes) {
            throw StudyKitError.badInput(path: path, reason: "invalid UTF-8 at byte offset \(offset)")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        try checkLooksLikeText(text, path: path)
        return text
    }

    private static func decodeUTF16(_ bytes: [UInt8], path: String) throws -> String {
        let bigEndian = bytes[0] == 0xFE
        guard bytes.count % 2 == 0 else {
            throw StudyKitError.badInput(path: path, reason: "UTF-16 text with an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var index = 2
        while index + 1 < bytes.count {
            let pair = bigEndian
                ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
                : UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index])
            units.append(pair)
            index += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unitOffset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 {
                    throw StudyKitError.badInput(path: path, reason: "binary data: NUL character in UTF-16 text")
                }
                text.unicodeScalars.append(scalar)
                unitOffset += scalar.value > 0xFFFF ? 2 : 1
            case .emptyInput:
                break loop
            case .error:
                throw StudyKitError.badInput(path: path, reason: "invalid UTF-16 at byte offset \(2 + unitOffset * 2)")
            }
        }
        try checkLooksLikeText(text, path: path)
        return text
    }

    /// Rejects whitespace-only input and text dominated by control characters.
    /// Counts on UTF-8 bytes (a multi-byte character counts once, by its lead byte).
    private static func checkLooksLikeText(_ text: String, path: String) throws {
        var visible = 0
        var controls = 0
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x09, 0x0A, 0x0D, 0x0C, 0x20: break
                case 0x00...0x1F, 0x7F: controls += 1
                case 0x21...0x7E: visible += 1
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: break  // NBSP
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF: break  // BOM
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] <= 0x8B: break  // spaces
                case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80: break
                case 0xC0...0xFF: visible += 1
                default: break  // continuation bytes
                }
                index += 1
            }
        }
        if visible == 0 {
            throw StudyKitError.badInput(path: path, reason: "no text: the file holds only whitespace")
        }
        if controls * 20 > visible {
            throw StudyKitError.badInput(path: path, reason: "binary data: \(controls) control characters")
        }
    }

    /// The offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or nil.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let count = buffer.count
            var index = 0
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 { index += 1; continue }
                let length: Int
                var lower: UInt8 = 0x80
                var upper: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; upper = 0x9F
                case 0xF0: length = 4; lower = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; upper = 0x8F
                default: return index
                }
                if index + length > count { return index }
                let second = buffer[index + 1]
                if second < lower || second > upper { return index }
                var next = 2
                while next < length {
                    let byte = buffer[index + next]
                    if byte < 0x80 || byte > 0xBF { return index }
                    next += 1
                }
                index += length
            }
            return nil
        }
    }
}
