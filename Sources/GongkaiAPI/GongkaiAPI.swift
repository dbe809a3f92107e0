import Foundation

/// The OpenAPI document of the JSON API, as kept in the repository and served at
/// `/api/openapi.yaml`; the types and server stubs are generated from the same file.
public enum APIDocument {
    /// The document's bytes.
    public static var yaml: Data? {
        Bundle.module.url(forResource: "openapi", withExtension: "yaml").flatMap { try? Data(contentsOf: $0) }
    }
}
