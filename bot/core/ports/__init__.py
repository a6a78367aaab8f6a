"""The ports: the only ways the domain reaches the world; an adapter
implements each."""
