"""The page cache: whole public pages for anonymous readers, never stale.

Each cached response records what it read (`dependencies`): every row it loaded, every site
list it showed, and "everything public" where it asked the gate without saying for what. Each
event that changes what readers see bumps the matching tags (`invalidation`), which makes every
entry that recorded them a miss at once (`store`), in this process or any other sharing the
cache, and purges the same addresses from a front-end cache (`frontend`). The README's "Page
cache" section says how, for operators.
"""
