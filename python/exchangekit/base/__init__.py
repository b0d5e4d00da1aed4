"""The hand-written core that generated exchange classes build on."""
