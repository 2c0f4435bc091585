lang-name = English
version-label = Version { $version }
date = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
  } { $day }, { $year }
date-label = Last revised
toc-title = Contents
list-sep = ,{" "}
revision-history = Revision history
revision-col-version = Version
revision-col-date = Date
revision-col-changes = Changes
