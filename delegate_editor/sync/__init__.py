"""Co-drafting: the draft's shared parts in a pycrdt (Yjs) document (docs/co-drafting.md)."""
