"""One module per Processing algorithm; ``ALGORITHMS`` lists them for the provider."""

from .areatypes import AreaTypesAlgorithm
from .incomeinequality import IncomeInequalityAlgorithm
from .indexchange import IndexChangeAlgorithm
from .indices import IndicesAlgorithm
from .loadsample import LoadSampleAlgorithm
from .regionflags import RegionFlagsAlgorithm
from .transit import TransitCatchmentAlgorithm

ALGORITHMS = (
    LoadSampleAlgorithm,
    AreaTypesAlgorithm,
    IndicesAlgorithm,
    IncomeInequalityAlgorithm,
    RegionFlagsAlgorithm,
    IndexChangeAlgorithm,
    TransitCatchmentAlgorithm,
)
