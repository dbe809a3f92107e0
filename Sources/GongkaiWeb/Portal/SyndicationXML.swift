import Foundation
import GongkaiCore

/// The RSS 2.0 feed and the sitemap, written as text with every value escaped.
enum SyndicationXML {
    struct Entry {
        let title: String
        let link: String
        let guid: String
        let date: CivilDate
        let summary: String
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            // Characters XML 1.0 does not allow at all.
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// RFC 822 date of noon China time on `day` ("Mon, 02 Mar 2026 12:00:00 +0800").
    static func rfc822(_ day: CivilDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let weekday = weekdays[(day.weekday.rawValue) % 7]
        let dayText = day.day < 10 ? "0\(day.day)" : "\(day.day)"
        return "\(weekday), \(dayText) \(months[day.month - 1]) \(day.year) 12:00:00 +0800"
    }

    static func rss(title: String, link: String, description: String, items: [Entry]) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#, #"<rss version="2.0">"#, "<channel>",
            "<title>\(escape(title))</title>", "<link>\(escape(link))</link>", "<description>\(escape(description))</description>",
            "<language>zh-CN</language>",
        ]
        for item in items {
            lines += [
                "<item>", "<title>\(escape(item.title))</title>", "<link>\(escape(item.link))</link>",
                #"<guid isPermaLink="false">\#(escape(item.guid))</guid>"#, "<pubDate>\(rfc822(item.date))</pubDate>",
                "<description>\(escape(item.summary))</description>", "</item>",
            ]
        }
        lines += ["</channel>", "</rss>"]
        return lines.joined(separator: "\n") + "\n"
    }

    static func sitemap(_ entries: [(url: String, modified: String?)]) -> String {
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#, #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#]
        for entry in entries {
            lines.append("<url><loc>\(escape(entry.url))</loc>" + (entry.modified.map { "<lastmod>\(escape($0))</lastmod>" } ?? "") + "</url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}
