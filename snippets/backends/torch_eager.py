"""PyTorch runs eagerly, and autograd records each operation for gradients."""

import torch

BACKENDS = ("torch",)  # uses PyTorch's own API

x = torch.tensor(2.0, requires_grad=True)
y = x**2 + 3.0 * x  # y = x² + 3x, computed now and recorded for backward()
print("y:", y)
y.backward()  # walks the recorded operations backwards
print(f"dy/dx from autograd: {x.grad.item():.4f}")
print(f"dy/dx by hand, 2x + 3: {2 * x.item() + 3:.4f}")
