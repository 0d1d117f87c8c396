import Foundation

/// A JSON value with ordered object keys, printed deterministically.
///
/// `JSONEncoder` sorts keys alphabetically at best; the analysis reads better with
/// keys in a documented order (title first, evidence last), and must print the
/// same bytes on every machine, so StudyKit prints JSON itself.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// Pretty-printed with two-space indentation and a final newline.
    public func rendered() -> String {
        String(decoding: renderedBytes(), as: UTF8.self)
    }

    /// The same text as UTF-8 bytes.
    public func renderedData() -> Data {
        Data(renderedBytes())
    }

    func renderedBytes() -> [UInt8] {
        var output: [UInt8] = []
        JSONPrinter.write(self, to: &output, indent: 0, chunkSize: .max) { _ in }
        output.append(UInt8(ascii: "\n"))
        return output
    }

    /// Prints the same text in pieces of about `chunkSize` bytes, each handed to
    /// `sink` as soon as it is full (cut between values, so every piece is whole
    /// UTF-8): a book's analysis goes to a file without being held whole.
    public func write(chunkSize: Int = 1 << 20, to sink: ([UInt8]) throws -> Void) rethrows {
        var buffer: [UInt8] = []
        try JSONPrinter.write(self, to: &buffer, indent: 0, chunkSize: chunkSize, sink: sink)
        buffer.append(UInt8(ascii: "\n"))
        try sink(buffer)
    }
}

/// The recursive printer behind `JSONValue.write`; it empties its buffer into
/// the sink after an element whenever the buffer has grown past the chunk size.
private enum JSONPrinter {
    static func write(_ value: JSONValue, to output: inout [UInt8], indent: Int, chunkSize: Int,
                      sink: ([UInt8]) throws -> Void) rethrows {
        switch value {
        case .null: output += "null".utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .int(let value): output += String(value).utf8
        case .double(let value): output += JSONValue.format(value).utf8
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            try writeContainer("[", "]", count: values.count, to: &output, indent: indent, chunkSize: chunkSize,
                               sink: sink) { index, output in
                try write(values[index], to: &output, indent: indent + 1, chunkSize: chunkSize, sink: sink)
            }
        case .object(let pairs):
            try writeContainer("{", "}", count: pairs.count, to: &output, indent: indent, chunkSize: chunkSize,
                               sink: sink) { index, output in
                Self.writeString(pairs[index].0, to: &output)
                output += ": ".utf8
                try write(pairs[index].1, to: &output, indent: indent + 1, chunkSize: chunkSize, sink: sink)
            }
        }
    }

    /// An array or object: brackets, one element per indented line with commas between;
    /// after any element that filled the buffer, the buffer goes to the sink.
    private static func writeContainer(_ open: Unicode.Scalar, _ close: Unicode.Scalar, count: Int,
                                       to output: inout [UInt8], indent: Int, chunkSize: Int,
                                       sink: ([UInt8]) throws -> Void,
                                       element: (Int, inout [UInt8]) throws -> Void) rethrows {
        guard count > 0 else {
            output += [UInt8(ascii: open), UInt8(ascii: close)]
            return
        }
        output += [UInt8(ascii: open), UInt8(ascii: "\n")]
        for index in 0..<count {
            writeIndent(indent + 1, to: &output)
            try element(index, &output)
            output += (index + 1 < count ? ",\n" : "\n").utf8
            if output.count >= chunkSize {
                try sink(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        writeIndent(indent, to: &output)
        output.append(UInt8(ascii: close))
    }

    private static func writeIndent(_ depth: Int, to output: inout [UInt8]) {
        for _ in 0..<(2 * depth) { output.append(UInt8(ascii: " ")) }
    }

    /// Quotes and escapes a string: `"`, `\`, control characters and the line and
    /// paragraph separators (U+2028/9, which break JavaScript readers); all else as is.
    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): output += "\\\"".utf8
                case UInt8(ascii: "\\"): output += "\\\\".utf8
                case UInt8(ascii: "\n"): output += "\\n".utf8
                case UInt8(ascii: "\r"): output += "\\r".utf8
                case UInt8(ascii: "\t"): output += "\\t".utf8
                case 0..<0x20: output += String(format: "\\u%04x", byte).utf8
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    output += (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8
                    index += 2
                default: output.append(byte)
                }
                index += 1
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

extension JSONValue {
    /// Up to four decimals, trailing zeros dropped: stable across platforms.
    package static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
