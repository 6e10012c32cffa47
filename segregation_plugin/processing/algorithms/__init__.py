"""One module per Processing algorithm; ``ALGORITHMS`` lists them for the provider."""

from .areatypes import AreaTypesAlgorithm
from .indices import IndicesAlgorithm
from .loadsample import LoadSampleAlgorithm

ALGORITHMS = (LoadSampleAlgorithm, AreaTypesAlgorithm, IndicesAlgorithm)
