"""jax.make_jaxpr shows the graph JAX traces; jax.jit traces once per shape."""

import jax
import jax.numpy as jnp

BACKENDS = ("jax",)  # uses JAX's own API


def affine(x, w, b):
    return x * w + b


print(jax.make_jaxpr(affine)(jnp.ones(2), 3.0, 0.5))

traces = []


@jax.jit
def square(x):
    traces.append(x.shape)  # plain Python: runs during tracing only
    return x * x


for values in ([1.0, 2.0], [3.0, 4.0], [5.0, 6.0, 7.0]):
    y = square(jnp.array(values))
    print(f"square({values}) = {y}  traces so far: {len(traces)}")
