import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The address students open: this machine's first IPv4 address on a network (not loopback)
/// when the server listens on every interface, else the one it was bound to.
public enum JoinAddress {
    /// `http://HOST:PORT/` for `bind` and `port`.
    public static func url(bind: String, port: Int) -> String {
        let host = bind == "0.0.0.0" ? (networkAddresses().first ?? "127.0.0.1") : bind
        return "http://\(host):\(port)/"
    }

    /// The IPv4 addresses of the interfaces that are up, loopback left out, in the system's order.
    static func networkAddresses() -> [String] {
        var first: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&first) == 0 else { return [] }
        defer { freeifaddrs(first) }
        var found: [String] = []
        var next = first
        while let entry = next {
            defer { next = entry.pointee.ifa_next }
            let flags = Int32(entry.pointee.ifa_flags)
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == UInt8(AF_INET),
                flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0
            else { continue }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            let length = socklen_t(MemoryLayout<sockaddr_in>.size)
            if getnameinfo(address, length, &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 {
                found.append(String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
            }
        }
        return found
    }
}
