import CLibCrypto

/// SHA-256 from the system's libcrypto (OpenSSL), the one place that calls it. Chosen over swift-crypto,
/// which compiles BoringSSL from source in every fresh build (minutes, once per configuration), and over
/// a hand-written digest: libcrypto uses the CPU's SHA instructions (190 MB in 0.21 s, against 1.4 s for
/// coreutils' sha256sum on this machine).
struct SHA256Digest: ~Copyable {
    private let context: OpaquePointer

    init() {
        context = EVP_MD_CTX_new()
        EVP_DigestInit_ex(context, EVP_sha256(), nil)
    }

    deinit { EVP_MD_CTX_free(context) }

    func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        EVP_DigestUpdate(context, bytes.baseAddress, bytes.count)
    }

    /// The digest as 64 lowercase hexadecimal digits.
    consuming func finish() -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        EVP_DigestFinal_ex(context, &digest, &length)
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in digest.prefix(Int(length)) { text += [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] }
        return String(decoding: text, as: UTF8.self)
    }

    /// The digest of a whole text's UTF-8 bytes (the settings recorded in the database).
    static func hex(of text: String) -> String {
        let digest = SHA256Digest()
        Array(text.utf8).withUnsafeBufferPointer { digest.update($0) }
        return digest.finish()
    }
}
