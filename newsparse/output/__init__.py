"""What a parse gives back: the article made safe to show (sanitize), rendered as Markdown, text
or HTML (render), and flattened into records for tables (records)."""
