"""Pure numpy/pandas maths of the plugin: no qgis or Qt import anywhere below here.

Modules:
- ``errors``: the exception type for bad input, with translatable message templates.
- ``areatypes``: SCB/Delmos socioeconomic index and the five area types (områdestyper).
- ``indices``: segregation indices per region (ojämlikhetsindex, D, H, Gini, ...).
- ``inequality``: income inequality (Gini, Theil T and its decomposition).
- ``composition``: population per area type per region, and Delmos' flags.
- ``statimport``: reading Statistikdatabasen (PxWeb) exports into a long table.
- ``aggregate``: DeSO -> RegSO / custom area aggregation rules.
- ``transit``: coverage of population by transit catchments, per area type.
"""
