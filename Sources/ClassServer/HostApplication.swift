import ClassRoom
import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import NIOCore

/// The HTTP and WebSocket face of a class: the page, `POST /join`, and `/ws?token=…`.
public enum HostApplication {
    /// The server for `hall` on `bind`:`port`; `onRunning` gets the port it listens on.
    public static func make(
        hall: ClassHall, bind: String, port: Int, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let router = Router(context: BasicWebSocketRequestContext.self)
        for (path, file) in StudentPage.files {
            router.get(RouterPath(path)) { _, _ in
                Response(
                    status: .ok, headers: [.contentType: file.type, .cacheControl: "no-cache"],
                    body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
            }
        }
        router.post("/join") { request, _ in
            await join(request, hall: hall)
        }
        router.ws(
            "/ws",
            shouldUpgrade: { request, _ in
                guard let token = request.uri.queryParameters.get("token"), await hall.knows(token: token) else {
                    return .dontUpgrade
                }
                return .upgrade([:])
            },
            onUpgrade: { inbound, outbound, context in
                guard let token = context.request.uri.queryParameters.get("token") else { return }
                let (stream, outbox) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(4096))
                guard let link = await hall.attach(token: token, outbox: outbox) else { return }
                await withTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for await text in stream { try? await outbound.writeTextMessage(text) }
                    }
                    do {
                        for try await message in inbound.messages(maxSize: 1 << 16) {
                            switch message {
                            case .text(let text): await hall.receive(text, from: link)
                            case .binary: await hall.receive("", from: link)
                            }
                        }
                    } catch {}
                    await hall.detach(link)
                }
            })
        var logger = Logger(label: "glosten-host")
        logger.logLevel = .critical
        return Application(
            router: router,
            server: .http1WebSocketUpgrade(webSocketRouter: router, configuration: .init(maxFrameSize: 1 << 16)),
            configuration: .init(address: .hostname(bind, port: port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }

    /// The join request's body.
    struct JoinRequest: Decodable {
        let code: String
        let name: String
    }

    static func join(_ request: Request, hall: ClassHall) async -> Response {
        do {
            guard let body = try? await request.body.collect(upTo: FrameBudget.maximumBytes),
                let join = try? JSONDecoder().decode(JoinRequest.self, from: Data(buffer: body)) else {
                return answer(.badRequest, ["error": HostText.line(.malformedJoin)])
            }
            let (seat, token) = try await hall.join(code: join.code, name: join.name)
            return answer(.ok, ["token": token, "seat": String(seat.number), "name": seat.name])
        } catch let refusal as HostRefusal {
            let status: HTTPResponse.Status =
                switch refusal {
                case .wrongCode: .forbidden
                case .nameTaken: .conflict
                default: .badRequest
                }
            return answer(status, ["error": HostText.line(refusal)])
        } catch let refusal as ClassRefusal {
            return answer(.badRequest, ["error": refusal.text])
        } catch {
            return answer(.serviceUnavailable, ["error": HostText.line(.notRecorded)])
        }
    }

    static func answer(_ status: HTTPResponse.Status, _ fields: [String: String]) -> Response {
        let data = (try? JSONEncoder().encode(fields)) ?? Data()
        return Response(
            status: status, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
