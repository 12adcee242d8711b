"""recoupe.evaluate"""
