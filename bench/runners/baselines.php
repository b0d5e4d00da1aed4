<?php

// Plain native parses of the bench data (see bench/hotpaths.py).
