extension String {
    /// The text without leading and trailing white space (including U+3000), as recorded.
    /// Officers paste names and numbers from forms and scans, which carry stray spaces.
    var trimmedForRecord: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }

    /// `nil` for an empty string, so a blank form field is recorded as absent.
    var nilIfEmptyForRecord: String? { isEmpty ? nil : self }
}
