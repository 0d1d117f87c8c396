import Testing
@testable import StudyKit
@testable import StudyKitSupport
@testable import StudyKitExport

struct NameBasedUUIDTests {
    @Test(arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
        (String(repeating: "a", count: 1000), "291e9a6c66994949b57ba5e650361e98fc36b1ba"),
    ])
    func sha1MatchesKnownDigests(input: String, hex: String) {
        let digest = SHA1.digest(Array(input.utf8))
        #expect(digest.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined() == hex)
    }

    @Test func version5MatchesRFCExample() {
        // RFC 9562 appendix A.4: v5 of "www.example.com" in the DNS namespace.
        let uuid = NameBasedUUID.format(NameBasedUUID.uuid(namespace: NameBasedUUID.dnsNamespace,
                                                           name: Array("www.example.com".utf8)))
        #expect(uuid == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }

    @Test func contentUUIDIsStableAndDistinct() {
        let a = NameBasedUUID.string(for: Array("book A".utf8))
        #expect(a == NameBasedUUID.string(for: Array("book A".utf8)))
        #expect(a != NameBasedUUID.string(for: Array("book B".utf8)))
        #expect(a.count == 36 && Array(a.utf8)[14] == UInt8(ascii: "5"))
    }
}
