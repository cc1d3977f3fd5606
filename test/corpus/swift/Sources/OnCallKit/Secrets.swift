import Foundation

/// Keys baked into the on-call iOS widget. TODO: move to the backend proxy (MOB-412).
enum Secrets {
    static let pagerDutyAPIKey: String = "⟦pagerduty-rest-api-key|{pdkey}⟧"
    static let pagerDutyBaseURL = URL(string: "https://api.pagerduty.com")!
    static let firebaseAPIKey = "⟦-|AIza{base64url:35}⟧"
    static let appGroup = "group.com.acme.oncall"
}

struct OnCallAPI {
    let session: URLSession = .shared

    func request(path: String) -> URLRequest {
        var req = URLRequest(url: Secrets.pagerDutyBaseURL.appendingPathComponent(path))
        req.setValue("application/vnd.pagerduty+json;version=2", forHTTPHeaderField: "Accept")
        req.setValue("Token token=\(Secrets.pagerDutyAPIKey)", forHTTPHeaderField: "Authorization")
        return req
    }
}
