"""The Processing provider (id ``segregation``) and its algorithms: the public interface."""
