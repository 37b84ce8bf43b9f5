"""Running newsparse over many pages: batches over processes, WARC files, Spark, the command line."""
