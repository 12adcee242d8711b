"""The comparison layer: claims, alignment, verdicts, quote variants, timeline, cited summary."""
