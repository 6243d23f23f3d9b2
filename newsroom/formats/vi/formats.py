"""Vietnamese dates as the portal writes and the newsroom types them: day/month/year, 24-hour clock.

Pages show times with `|date:"SHORT_DATETIME_FORMAT"` ("21:11 14/05/2024") and
days with `|date:"SHORT_DATE_FORMAT"` ("14/05/2024"). The admin shows DATE_FORMAT
and DATETIME_FORMAT the same way, time first ("08:00 28/11/2026"), instead of
Django's long "Ngày 28 tháng 11 năm 2026": one way of writing a time everywhere.
Django's own "vi" locale has no input formats, so without these the admin
would read 01/02/2024 as the 2nd of January.
"""

SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "H:i d/m/Y"
DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "H:i d/m/Y"
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"]
TIME_INPUT_FORMATS = ["%H:%M:%S", "%H:%M"]
DATETIME_INPUT_FORMATS = ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
