"""The names and sizes the articles app shares with its templates, the comments
app and the bench: query parameters and how many items a list shows."""

# Query parameters reader pages read. The page cache keys a page on those its
# view declares (articles/pagecache.py `public_page`).
PAGE_PARAM = "page"
QUERY_PARAM = "q"
DAY_PARAM = "ngay"
# The article page's own: which page of its comments to show
# (`?binh-luan=2#binh-luan`). The comments app's section reads it.
COMMENT_PAGE_PARAM = "binh-luan"

# "Tin nổi bật": how many pinned stories the home page and the sidebar show.
TOP_STORIES_COUNT = 4
HOME_ARTICLES_PER_SECTION = 4
SECTION_PINS = 3
SECTION_ARTICLES_PER_PAGE = 12
DAY_ARTICLES_PER_PAGE = 20
SEARCH_RESULTS_PER_PAGE = 10
